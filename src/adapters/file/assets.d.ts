/** A .wasm file imported in the browser build: webpack emits it beside the scripts (asset/resource) and the import is its URL. */
declare module '*.wasm' {
  const url: string;
  export default url;
}

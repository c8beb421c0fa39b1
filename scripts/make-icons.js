#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16.png … icon-128.png): a white tick on
 * a rounded blue square, anti-aliased, written as RGBA PNGs with zlib. No image
 * libraries needed. Run `node scripts/make-icons.js` after changing the design;
 * the PNGs are committed.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [0x1d, 0x70, 0xb8]; // GOV.UK blue
const FOREGROUND = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG from RGBA pixels (width × height × 4 bytes). */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const clamp01 = (x) => Math.max(0, Math.min(1, x));

/** Distance from point p to segment ab. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = clamp01(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage (0–1) of a rounded square of side s, corner radius r, at pixel centre (x, y). */
function roundedSquare(x, y, s, r) {
  const qx = Math.abs(x - s / 2) - (s / 2 - r);
  const qy = Math.abs(y - s / 2) - (s / 2 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  return clamp01(0.5 - outside);
}

function drawIcon(size) {
  const s = size;
  const rgba = Buffer.alloc(s * s * 4);
  const radius = s * 0.18;
  const stroke = Math.max(1.6, s * 0.12);
  // The tick, in units of the icon's side.
  const tick = [
    [0.24, 0.53],
    [0.42, 0.71],
    [0.77, 0.31],
  ].map(([x, y]) => [x * s, y * s]);
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const bg = roundedSquare(px, py, s, radius);
      const d = Math.min(
        segmentDistance(px, py, ...tick[0], ...tick[1]),
        segmentDistance(px, py, ...tick[1], ...tick[2]),
      );
      const fg = clamp01(stroke / 2 - d + 0.5) * bg;
      const i = (y * s + x) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BACKGROUND[c] * (1 - fg) + FOREGROUND[c] * fg);
      rgba[i + 3] = Math.round(255 * bg);
    }
  }
  return encodePng(s, s, rgba);
}

function main() {
  const dir = path.resolve(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { drawIcon, encodePng, SIZES };

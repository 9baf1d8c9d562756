// A fake camera's picture: a Y4M video (what Chromium's --use-file-for-fake-video-capture plays) showing a
// Code 128 of the given text, drawn from bwip-js's bar widths so the test needs no image decoder.
import { writeFileSync } from "node:fs";
import bwipjs from "bwip-js/node";

const W = 640;
const H = 480;

export function writeBarcodeVideo(path: string, text: string, frames = 5) {
  const [{ sbs }] = bwipjs.raw({ bcid: "code128", text }) as unknown as [{ sbs: number[] }];
  const modules = sbs.reduce((a, b) => a + b, 0);
  const unit = Math.max(1, Math.min(4, Math.floor((W - 80) / modules)));
  const luma = Buffer.alloc(W * H, 235);
  let x = Math.floor((W - modules * unit) / 2);
  sbs.forEach((width, i) => {
    if (i % 2 === 0) for (let y = 140; y < 340; y++) luma.fill(16, y * W + x, y * W + x + width * unit);
    x += width * unit;
  });
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), ...Array(frames).fill(frame)]));
}

import "server-only";
// Barcodes for the printed ticket and label, drawn by bwip-js (the barcode writer in PostScript, as a
// library): PNG images placed in the PDF; the number is also printed as text beside them.
import bwipjs from "bwip-js/node";

export const code128Png = (text: string, height = 12) => bwipjs.toBuffer({ bcid: "code128", text, scale: 3, height, includetext: false });

export const qrPng = (text: string) => bwipjs.toBuffer({ bcid: "qrcode", text, scale: 4 });

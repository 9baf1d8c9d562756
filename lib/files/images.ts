import "server-only";
// An uploaded image is decoded whole once, here, and only its re-encoded copy is kept: a file whose magic
// bytes say PNG but whose data does not decode (a broken IDAT) is refused at the form instead of crashing
// the PDF writer later, a decompression bomb is refused from its header before any pixel is allocated,
// and what leaves for the platform carries no EXIF (a phone's GPS position) and no trailing payload.
// sharp (libvips) does the decoding: maintained, bounded by limitInputPixels, off the event loop.
import sharp, { type Metadata } from "sharp";
import type { SniffedType } from "./sniff";

/** Why an image was refused, for the form's French message. */
export type ImageProblem = "undecodable" | "too_many_pixels" | "too_wide";

export class ImageRefused extends Error {
  constructor(readonly problem: ImageProblem) {
    super(`image refused: ${problem}`);
    this.name = "ImageRefused";
  }
}

export interface ImageBounds {
  /** Largest width or height, in pixels. */
  maxSide: number;
  /** Largest width × height, checked from the header before decoding. */
  maxPixels: number;
}

/** A phone photo (12 to 50 Mpx) passes; a 15000 × 15000 bomb does not. */
export const PHOTO_BOUNDS: ImageBounds = { maxSide: 10_000, maxPixels: 60_000_000 };
/** A logo printed a few centimetres wide on every document. */
export const LOGO_BOUNDS: ImageBounds = { maxSide: 2_000, maxPixels: 4_000_000 };

const REENCODED = new Set<SniffedType>(["image/png", "image/jpeg", "image/webp", "image/gif"]);

/** Whether reencodeImage takes this type (HEIC is kept as sent: the prebuilt libvips does not decode it). */
export const isReencoded = (type: SniffedType) => REENCODED.has(type);

/**
 * The image decoded whole and written again in its own format, upright, 8-bit sRGB, without metadata.
 * Throws ImageRefused when it does not decode or exceeds `bounds`.
 */
export async function reencodeImage(bytes: Buffer, type: SniffedType, bounds: ImageBounds): Promise<Buffer> {
  const input = { limitInputPixels: bounds.maxPixels, failOn: "error" as const, animated: false };
  let meta: Metadata;
  try {
    meta = await sharp(bytes, input).metadata();
  } catch (error) {
    throw refusal(error);
  }
  if (!meta.width || !meta.height) throw new ImageRefused("undecodable");
  if (meta.width * meta.height > bounds.maxPixels) throw new ImageRefused("too_many_pixels");
  if (Math.max(meta.width, meta.height) > bounds.maxSide) throw new ImageRefused("too_wide");
  const image = sharp(bytes, input).autoOrient().toColourspace("srgb");
  const encoded = type === "image/png" ? image.png() : type === "image/webp" ? image.webp({ quality: 90 }) : type === "image/gif" ? image.gif() : image.jpeg({ quality: 90, mozjpeg: true });
  try {
    return await encoded.toBuffer();
  } catch (error) {
    // The header read well but the pixels did not: a truncated or corrupt body.
    throw refusal(error);
  }
}

const refusal = (error: unknown) => new ImageRefused(/pixel limit/i.test(String((error as Error)?.message)) ? "too_many_pixels" : "undecodable");

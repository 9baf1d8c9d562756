// Barcodes from the live camera: the browser's own BarcodeDetector where it has one that knows our
// formats, else the barcode-detector ponyfill (ZXing in WebAssembly), loaded only when a scan starts and
// fed the .wasm Atelier serves itself (never a CDN).
const FORMATS = ["code_128", "ean_13", "qr_code", "data_matrix"] as const;

export interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

interface NativeDetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeDetector(): Promise<Detector | null> {
  const Native = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  if (!Native) return null;
  const supported = await Native.getSupportedFormats().catch(() => [] as string[]);
  const formats = FORMATS.filter((f) => supported.includes(f));
  return formats.length === FORMATS.length ? new Native({ formats }) : null;
}

export async function createDetector(): Promise<Detector> {
  const native = await nativeDetector();
  if (native) return native;
  const { BarcodeDetector, prepareZXingModule, ZXING_WASM_VERSION } = await import("barcode-detector/ponyfill");
  // Fetched and compiled now, so a missing or refused .wasm shows as an error rather than a silent camera.
  await prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith(".wasm") ? `/scanner/${path}?v=${ZXING_WASM_VERSION}` : prefix + path) },
    fireImmediately: true,
  });
  return new BarcodeDetector({ formats: [...FORMATS] });
}

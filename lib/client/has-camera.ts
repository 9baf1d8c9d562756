// Kept apart from the barcode reader, so the page loads only this much of the camera until it is used.
/** Whether this device has a camera to offer (labels stay hidden until permission; kinds do not). */
export async function hasCamera(): Promise<boolean> {
  if (!navigator.mediaDevices?.enumerateDevices) return false;
  const devices = await navigator.mediaDevices.enumerateDevices().catch(() => []);
  return devices.some((d) => d.kind === "videoinput");
}

// Security headers on every page: a Content-Security-Policy with a fresh nonce per request (Next.js puts it
// on its own scripts), no framing, no MIME sniffing, a strict referrer policy. Authorization is not done
// here: every page, action and route checks the session itself.
import { NextResponse, type NextRequest } from "next/server";

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== "production") {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the camera scanner compile its own ZXing WebAssembly; it allows no JS eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (charts, progress bars); no inline script is allowed by this.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // Lets a page send a signed-out visitor to the sign-in page and back to where they were going.
  headers.set("x-atelier-path", request.nextUrl.pathname + request.nextUrl.search);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
  return response;
}

export const config = {
  // Pages only: API routes set their own headers (documents carry a sandboxing CSP of their own).
  matcher: [{ source: "/((?!api/|_next/static|_next/image|icon.svg|favicon.ico|icons/|manifest.webmanifest).*)" }],
};

// "server-only" inside the PDF worker: a worker thread is the server, and no browser bundle includes it.
export {};

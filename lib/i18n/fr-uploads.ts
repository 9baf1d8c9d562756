// What an upload's checks say of a refused file, in French (server only).

export const frUploads = {
  unnamed: "fichier",
  empty: "Le fichier est vide.",
  bodyTooLarge: "Envoi trop volumineux : un fichier à la fois, dans la limite de taille fixée.",
  tooLargeCut: (max: number) => `Fichier trop volumineux : ${Math.round(max / 1_048_576)} Mo au plus.`,
  tooLarge: (bytes: number, max: number) =>
    `Fichier trop volumineux (${(bytes / 1_048_576).toFixed(1).replace(".", ",")} Mo) : ${Math.round(max / 1_048_576)} Mo au plus.`,
  wrongType: (allowed: readonly string[]) =>
    allowed.length === 1 && allowed[0] === "application/pdf"
      ? "Type de fichier refusé : seul un PDF est accepté."
      : allowed.includes("text/plain")
        ? "Type de fichier refusé : PDF, image (PNG, JPEG, WebP, GIF, HEIC) ou texte seulement."
        : "Type de fichier refusé : PDF ou image (PNG, JPEG, WebP, GIF, HEIC) seulement.",
  activeContent: "Fichier refusé : une page web, une image SVG ou un script peut s'exécuter à l'ouverture. Envoyez-le en PDF.",
  image: {
    undecodable: "Image illisible : le fichier est abîmé ou n'est pas vraiment une image. Enregistrez-la de nouveau, puis réessayez.",
    too_many_pixels: "Image trop grande en pixels : réduisez-la, puis réessayez.",
    too_wide: (maxSide: number) => `Image trop grande : ${maxSide} pixels au plus de côté.`,
  },
} as const;

// The sign-in page, in French: apart so that no signed-in page ships it.

export const frSignIn = {
  title: "Connexion",
  email: "Adresse e-mail",
  password: "Mot de passe",
  centre: "Centre",
  centreCode: "Code du centre",
  centreCodeHint: "Donné par votre responsable ; laissez vide pour le centre principal.",
  submit: "Se connecter",
  submitting: "Connexion…",
  invalid: "Adresse e-mail ou mot de passe incorrect.",
  locked: (minutes: number) =>
    `Trop de tentatives échouées : connexion bloquée pendant ${minutes} minute${minutes > 1 ? "s" : ""}. Réessayez plus tard.`,
  lockedGeneric: "Trop de tentatives échouées : connexion bloquée pendant quelques minutes. Réessayez plus tard.",
  demoTitle: "Comptes de démonstration",
  demoIntro: "En mode simulateur, ces comptes existent déjà (mot de passe commun) :",
  demoPassword: "Mot de passe",
} as const;

// Where the theme THEME names lives, as a path from the project root: a folder name means src/themes/<name>/, a
// path (with a slash, such as tests/fixtures/bad-theme) is taken as it is. The build configuration and the theme
// checks both ask here, so a message names the folder that was built.

export function themeFolder(theme = "standaard"): string {
  return theme.includes("/") ? `${theme.replace(/\/+$/, "")}/` : `src/themes/${theme}/`;
}

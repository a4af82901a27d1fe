/** MapLibre 6 needs WebGL2; checking first lets the atlas explain itself instead of showing a blank map. */
export function canUseWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

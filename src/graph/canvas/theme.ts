// The canvas reads the page's theme (custom properties, light-dark() resolved) once per
// change, since a canvas cannot be styled by CSS.
import type { SceneColours } from './scene-types';

const COLOUR_VARIABLES: Record<keyof SceneColours, string> = {
  surface: '--surface',
  text: '--text',
  focus: '--focus',
  match: '--c-match',
  edgeMuted: '--edge-muted',
  issue: '--c-issue',
  position: '--c-position',
  actor: '--c-actor',
  argument: '--c-argument',
  for: '--c-for',
  against: '--c-against',
  conditional: '--c-conditional',
  unclear: '--c-unclear',
  supports: '--c-supports',
  attacks: '--c-attacks',
};

export interface Theme {
  readonly colours: SceneColours;
  readonly fontFamily: string;
  readonly strokeBoost: number;
  readonly labelBoost: number;
}

/** The theme as the page resolves it (light-dark() included), through a probe element. */
export function readTheme(element: HTMLElement): Theme {
  const probe = document.createElement('span');
  probe.hidden = true;
  element.append(probe);
  const colours = Object.fromEntries(
    Object.entries(COLOUR_VARIABLES).map(([name, variable]) => {
      probe.style.color = `var(${variable})`;
      return [name, getComputedStyle(probe).color];
    }),
  ) as unknown as SceneColours;
  probe.remove();
  const style = getComputedStyle(element);
  const factor = (name: string) => Number.parseFloat(style.getPropertyValue(name)) || 1;
  return {
    colours,
    fontFamily: style.fontFamily || 'sans-serif',
    strokeBoost: factor('--stroke-boost'),
    labelBoost: factor('--label-boost'),
  };
}

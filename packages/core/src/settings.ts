import { createContext } from '@lit/context';
import { isSafeUrl } from './urls.js';

/** Site-wide settings an `<nvr-provider>` hands to every widget inside it. */
export interface NvrSettings {
  /** BCP 47 locale for text and number formatting, e.g. `en-GB`. */
  locale?: string;
  /** Emergency telephone number shown in safety guidance, e.g. `999` or `112`. */
  emergencyNumber?: string;
  /** Links to the site's own pages, by name (e.g. `findPractitioner`, `deEscalation`). */
  links?: Readonly<Record<string, string>>;
}

export const nvrSettingsContext = createContext<NvrSettings>(Symbol.for('nvr-widgets/settings'));

/** A problem found in editor configuration: the field (attribute or JSON path) and what is wrong. */
export interface ConfigProblem {
  field: string;
  problem: string;
}

/**
 * Validates a provider's `links` value (parsed JSON, or null when the JSON was malformed): keeps
 * names whose value is a safe URL and reports every other entry. Pure: no DOM, never throws.
 */
export function parseLinks(value: unknown): { links?: Record<string, string>; problems: ConfigProblem[] } {
  if (value == null || typeof value !== 'object' || Array.isArray(value)) {
    return { problems: [{ field: 'links', problem: 'is not a JSON object of names and URLs; ignored' }] };
  }
  const links: Record<string, string> = {};
  const problems: ConfigProblem[] = [];
  for (const [name, url] of Object.entries(value)) {
    if (typeof url === 'string' && isSafeUrl(url)) links[name] = url;
    else {
      problems.push({
        field: `links.${name}`,
        problem: `${JSON.stringify(url)} is not an https:, http:, mailto:, tel: or relative URL; ignored`,
      });
    }
  }
  return { links, problems };
}

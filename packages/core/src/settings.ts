import { createContext } from '@lit/context';

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

// KeyValueStore over Apps Script properties (script properties for settings, document properties for state).
import type { KeyValueStore } from '../app/ports';

/** `open` is called on each use, so building the services never touches PropertiesService by itself. */
export function propertyStore(open: () => GoogleAppsScript.Properties.Properties): KeyValueStore {
  return {
    all: () => open().getProperties(),
    get: (name) => open().getProperty(name),
    set: (entries) => {
      open().setProperties(entries);
    },
    remove: (names) => {
      const properties = open();
      for (const name of names) properties.deleteProperty(name);
    },
  };
}

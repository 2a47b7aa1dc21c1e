/**
 * Where a persona's built exports are: `<resources>/personas/<id>/<file>`. Unknown ids and
 * missing files are errors that say what to do, never an empty import.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PERSONAS, personaById } from './catalogue';

export class PersonaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PersonaError';
  }
}

export function personasDir(resourcesDir: string): string {
  return join(resourcesDir, 'personas');
}

/** The export paths of one persona, in catalogue order (split parts adjacent, so they group). */
export function personaPaths(resourcesDir: string, id: string): string[] {
  const persona = personaById(id);
  if (!persona) throw new PersonaError(`No persona "${id}". Known personas: ${PERSONAS.map((p) => p.id).join(', ')} (whereabouts persona list).`);
  const paths = persona.exports.flatMap((e) => e.files.map((f) => join(personasDir(resourcesDir), persona.id, f)));
  const missing = paths.find((p) => !existsSync(p));
  if (missing !== undefined) throw new PersonaError(`The persona "${id}" is not built (${missing} is missing); run npm run build.`);
  return paths;
}

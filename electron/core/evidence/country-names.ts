/** Country names live with the rest of the words in shared/words (the UI renders with them too). */
export { countryInSentence, countryName, placeName, regionPlace } from '../../../shared/words/country-names';

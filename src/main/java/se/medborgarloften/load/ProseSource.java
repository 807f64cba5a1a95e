package se.medborgarloften.load;

/**
 * An AsciiDoc file that belongs to the JSON file beside it, e.g. promise.sv.adoc beside promise.json.
 *
 * @param jsonPath the path of that JSON file, which need not exist (the validate stage reports that)
 * @param language the language code in the file name
 */
public record ProseSource(String path, String jsonPath, String language, String text) {
}

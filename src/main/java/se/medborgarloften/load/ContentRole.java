package se.medborgarloften.load;

/** What a JSON file under content/ is, which decides the schema it must follow. */
public enum ContentRole {
    SITE("site.schema.json"),
    ORGANISATIONS("organisations.schema.json"),
    AREA("area.schema.json"),
    PROMISE("promise.schema.json"),
    FOLLOW_UP("follow-up.schema.json"),
    NEWS("news.schema.json"),
    PAGE("page.schema.json"),
    REDIRECTS("redirects.schema.json");

    private final String schemaFile;

    ContentRole(String schemaFile) {
        this.schemaFile = schemaFile;
    }

    public String schemaFile() {
        return schemaFile;
    }
}

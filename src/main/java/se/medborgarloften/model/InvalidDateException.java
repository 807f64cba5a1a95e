package se.medborgarloften.model;

/** A date that is not written as a date, or names a day that does not exist (2023-02-30). */
public class InvalidDateException extends IllegalArgumentException {

    private final String value;

    public InvalidDateException(String value, String reason) {
        super("\"" + value + "\" is not a real date: " + reason);
        this.value = value;
    }

    public String value() {
        return value;
    }
}

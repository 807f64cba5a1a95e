package se.medborgarloften.render;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** UI strings with numbers read exactly as MessageFormat writes them, in each language's way. */
class MessagesTest {

    private static final Map<String, String> STRINGS = Map.of(
            "count", "{0} åtaganden av {1}",
            "choice", "{0,choice,0#inga|1#ett|1<{0,number,integer} stycken} ({1})",
            "plural", "{0,choice,0#no commitments|1#one commitment|1<{0} commitments} of {1}",
            "nested", "{1} and {0,choice,0#none|1#{1} once|1<{0} times}",
            "twice", "{0} of {0,choice,0#none|1#one|1<many}",
            "choiceFirst", "{0,choice,0#none|1#one|1<many} ({0})");

    @Property(tries = 500)
    void numbersAreWrittenAsMessageFormatWritesThem(@ForAll int whole, @ForAll @DoubleRange(min = -1e7, max = 1e7) double part) {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("sv"), Locale.ENGLISH}) {
            Messages messages = new Messages(locale.getLanguage(), locale, STRINGS);
            for (String key : STRINGS.keySet()) {
                Object[] arguments = {Math.abs(whole % 5), part};
                assertEquals(new MessageFormat(STRINGS.get(key), locale).format(arguments), messages.format(key, arguments.clone()),
                        key + " " + locale);
            }
            assertEquals(new MessageFormat(STRINGS.get("count"), locale).format(new Object[] {whole, part}),
                    messages.format("count", whole, part));
        }
    }
}

package se.medborgarloften.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.medborgarloften.diagnostics.Diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each mistake an editor makes in a JSON file gets its own words, at the place where the fix goes, and the
 * parser's English never reaches a Swedish reader.
 */
class JsonSyntaxProblemTest {

    /** As ContentLoader reads content. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Jackson's words, none of which may reach the reader. */
    private static final String[] PARSER_WORDS = {"Unexpected", "Illegal", "Duplicate field", "was expecting", "code ",
            "CTRL-CHAR", "marker", "token", "Source:", "REDACTED"};

    // The text uses | for a line break and ~ for a tab; line:column is where the message points.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            line break in a text;        {|  "sv": "Sofie|lund"|};            2:15; Ogiltig JSON: en radbrytning mitt i en text (efter "Sofie"). En text inom citattecken måste stå på en enda rad.
            Enter before the closing quote; {|  "sv": "Sofielund|"|};         2:19; Ogiltig JSON: en radbrytning mitt i en text (efter "Sofielund").
            two line breaks in a text;   {|  "sv": "Sofie||lund"|};           2:15; Ogiltig JSON: en radbrytning mitt i en text (efter "Sofie").
            text without closing quote;  {|  "sv": "Sofielund,|  "en": "x"|}; 2:20; Ogiltig JSON: texten "Sofielund," saknar sitt avslutande citattecken.
            last text without closing quote; {|  "sv": "Sofielund|};          2:19; Ogiltig JSON: texten "Sofielund" saknar sitt avslutande citattecken.
            straight quotes inside a text; {|  "sv": "Han sa "hej" till mig"|}; 2:18; Ogiltig JSON: texten "Han sa " följs direkt av hej, så ett citattecken saknas eller står fel.
            text without closing quote on one line; {"sv": "Skatteverket, "en": "Tax"}; 1:24; Ogiltig JSON: texten "Skatteverket, " följs direkt av en
            tab in a text;               {|  "sv": "Sofie~lund"|};            2:15; Ogiltig JSON: texten innehåller ett tabbtecken
            duplicate field;             {|  "sv": "a",|  "en": "b",|  "sv": "c"|}; 4:3; Ogiltig JSON: fältet "sv" står två gånger i samma grupp (första gången på rad 2).
            same name in two groups;     {"a": {"sv": 1}, "b": {"sv": 2}, "a": 3}; 1:34; Ogiltig JSON: fältet "a" står två gånger i samma grupp (första gången på rad 1).
            decimal comma;               {|  "value": 12,5|};                 2:12; Ogiltig JSON: talet 12,5 är skrivet med decimalkomma.
            decimal comma before a field; {|  "value": 12,5,|  "unit": "st"|}; 2:12; I JSON skrivs decimaler med punkt: 12.5.
            space in a number;           {|  "value": 1 000|};                2:12; Ogiltig JSON: talet 1 000 har mellanslag i sig.
            sign after a number;         {|  "value": 12 %|};                 2:15; Ogiltig JSON: efter talet 12 står %
            trailing comma in a group;   {|  "a": 1,|};                       2:9;  Ogiltig JSON: det står ett kommatecken efter den sista delen, före }.
            trailing comma in a list;    {|  "a": [|    "x",|  ]|};           3:8;  Ta bort kommatecknet före ].
            two commas;                  {|  "a": 1,, "b": 2|};               2:10; Ogiltig JSON: två kommatecken i rad.
            missing value;               {|  "a": ,|  "b": 2|};               2:6;  Ogiltig JSON: värdet saknas efter kolonet.
            missing comma;               {|  "a": "x"|  "b": 2|};             2:10; Ogiltig JSON: ett kommatecken saknas efter värdet som slutar här.
            missing comma in a list;     {"a": ["x" "y"]};                    1:10; Ogiltig JSON: ett kommatecken saknas
            single quotes;               {|  'a': 1|};                        2:3;  Ogiltig JSON: ett namn eller en text står inom enkla citattecken ('…').
            curly quotes;                {|  "a": ”x”|};                      2:8;  Ogiltig JSON: tecknet ” är ett typografiskt citattecken
            comment;                     {|  // en anteckning|  "a": 1|};     2:3;  Ogiltig JSON: en kommentar (// eller /* */), som inte får stå i JSON.
            unquoted field name;         {|  a: 1|};                          2:3;  Ogiltig JSON: ett fältnamn står utan citattecken.
            missing colon;               {|  "a" 1|};                         2:7;  Ogiltig JSON: ett kolon saknas efter fältnamnet.
            unquoted word;               {|  "sv": Sofielund|};               2:18; Ogiltig JSON: ordet Sofielund står utan citattecken.
            missing closing brace;       {|  "a": {|    "b": 1|  }|;          5:1;  Ogiltig JSON: filen slutar innan { på rad 1 har stängts.
            wrong closer;                {|  "a": [1, 2|};                    3:1;  Ogiltig JSON: här står }, men [ från rad 2 har inte stängts än.
            one closer too many;         {|  "a": 1|}|}|;                     4:1;  Ogiltig JSON: det står en } för mycket
            a second object;             {|  "a": 1|}|{}|;                    4:1;  Ogiltig JSON: det står något efter filens sista }.
            backslash;                   {|  "a": "C:\\mappar"|};             2:12; Ogiltig JSON: ett bakstreck \\ följs av m
            leading zero;                {|  "a": 05|};                       2:9;  Ogiltig JSON: ett tal börjar med 0.
            """)
    void eachMistakeIsNamedWhereItIsFixed(String name, String written, String at, String expected) {
        String text = written.replace('|', '\n').replace('~', '\t');
        Diagnostic problem = problemIn(text);
        String swedish = problem.format("sv");
        assertEquals(at, problem.line() + ":" + problem.column(), swedish);
        assertTrue(swedish.contains(expected.replace("\\\\", "\\")), swedish);
        for (String word : PARSER_WORDS) {
            assertFalse(swedish.contains(word), "the parser's words reach the reader: " + swedish);
        }
        assertFalse(problem.hint().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            {|  "sv": "Sofie|lund"|};   Not valid JSON: a line break in the middle of a text (after "Sofie").
            {|  "value": 12,5|};        JSON writes decimals with a point: 12.5.
            {|  "a": 1,|};              Remove the comma before }.
            {|  "a": 1,|  "a": 2|};     the field "a" is written twice in the same group (first on line 2).
            """)
    void inEnglishToo(String written, String expected) {
        String english = problemIn(written.replace('|', '\n')).format("en");
        assertTrue(english.contains(expected), english);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            line ends in CRLF;     {\\r\\n  "sv": "Sofie\\r\\nlund"\\r\\n};   2:15
            trailing comma, CRLF;  {\\r\\n  "a": 1,\\r\\n};                2:9
            """)
    void windowsLineEndsKeepTheLine(String name, String written, String at) {
        String text = written.replace("\\r", "\r").replace("\\n", "\n");
        Diagnostic problem = problemIn(text);
        assertEquals(at, problem.line() + ":" + problem.column(), problem.format("sv"));
    }

    private static Diagnostic problemIn(String text) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(text), text);
        return JsonSyntaxProblem.describe("content/x.json", text, e);
    }
}

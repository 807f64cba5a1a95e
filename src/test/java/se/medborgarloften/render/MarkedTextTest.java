package se.medborgarloften.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class MarkedTextTest {

    @Test
    void aMarkedPassageIsAPartInItsLanguageBetweenTheTextsOwnParts() {
        String text = "Work according to the method “[.sv]#Trygg relation, fri från våld#” (A safe relationship).";
        assertEquals(List.of(new MarkedText.Part("Work according to the method “", null),
                new MarkedText.Part("Trygg relation, fri från våld", "sv"),
                new MarkedText.Part("” (A safe relationship).", null)), MarkedText.parts(text));
        assertEquals("Work according to the method “Trygg relation, fri från våld” (A safe relationship).", MarkedText.plain(text));
    }

    @Test
    void passagesAtEitherEndAndSeveralLanguages() {
        assertEquals(List.of(new MarkedText.Part("Polisen", "sv"), new MarkedText.Part(" and ", null),
                new MarkedText.Part("الشرطة", "ar")), MarkedText.parts("[.sv]#Polisen# and [.ar]#الشرطة#"));
    }

    @Test
    void aTextWithoutMarksOrWithARoleThatIsNoLanguageIsLeftAsWritten() {
        String plain = "No marks here, [.x]#not a language# nor [.zz]#this#.";
        assertEquals(List.of(), MarkedText.parts(plain));
        assertSame(plain, MarkedText.plain(plain));
        assertEquals(List.of(), MarkedText.parts(null));
    }
}

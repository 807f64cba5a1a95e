package se.medborgarloften.benchmark;

import se.medborgarloften.TestProjects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic project in the real content format: N areas with M yearly promise periods each, both
 * languages, realistic sizes (about 1.5 kB of prose per language, 8 problems, 15 commitments with stable
 * ids, some numeric targets, a follow-up per period). From year to year most problems and commitments are
 * kept word for word, about one in five is reworded and one in twelve replaced, as real promises evolve.
 * Deterministic: the same N and M give the same files.
 */
public final class SyntheticContent {

    private static final List<String> STATUSES = List.of("done", "partly-done", "not-done", "ongoing", "not-followed-up");

    private SyntheticContent() {
    }

    /** The words texts are drawn from, per language: the real content's, as often as it uses them. */
    record Words(Vocabulary sv, Vocabulary en) {

        static Words of(Path realProject) {
            return new Words(Vocabulary.of(realProject, "sv"), Vocabulary.of(realProject, "en"));
        }
    }

    public static void write(Path realProject, Path target, int areas, int periods) throws IOException {
        for (String part : List.of("schema", "templates", "assets")) {
            TestProjects.copyTree(realProject.resolve(part), target.resolve(part));
        }
        Files.copy(realProject.resolve("jbake.properties"), target.resolve("jbake.properties"), StandardCopyOption.REPLACE_EXISTING);
        Path content = target.resolve("content");
        Files.createDirectories(content);
        for (String file : List.of("site.json", "organisations.json", "redirects.json")) {
            Files.copy(realProject.resolve("content").resolve(file), content.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        TestProjects.copyTree(realProject.resolve("content/pages"), content.resolve("pages"));
        Random random = new Random(42);
        Words words = Words.of(realProject);
        for (int a = 1; a <= areas; a++) {
            String area = String.format("omrade-%04d", a);
            Path folder = content.resolve("areas").resolve(area);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("area.json"), """
                    {
                      "$schema": "../../../schema/area.schema.json",
                      "id": "%s",
                      "name": { "sv": "Område %d", "en": "Area %d" },
                      "city": { "sv": "Malmö", "en": "Malmö" },
                      "municipality": "malmo-stad",
                      "localPoliceArea": "lpo-malmo-soder",
                      "description": { "sv": "%s", "en": "%s" }
                    }
                    """.formatted(area, a, a, words.sv().sentence(random, 20), words.en().sentence(random, 20)));
            AreaState state = new AreaState(random, words);
            for (int p = 0; p < periods; p++) {
                int year = 2015 + p;
                if (p > 0) {
                    state.nextYear(random);
                }
                Path period = folder.resolve(String.valueOf(year));
                Files.createDirectories(period);
                Files.writeString(period.resolve("promise.json"), promise(state, random, year));
                Files.writeString(period.resolve("promise.sv.adoc"), prose(random, words.sv()));
                Files.writeString(period.resolve("promise.en.adoc"), prose(random, words.en()));
                Files.writeString(period.resolve("follow-up.json"), followUp(state, random, year));
            }
        }
    }

    /** A text in both languages under a stable id, the way a problem or a commitment is written. */
    static final class Item {
        final String id;
        String sv;
        String en;
        final int problem;

        Item(String id, String sv, String en, int problem) {
            this.id = id;
            this.sv = sv;
            this.en = en;
            this.problem = problem;
        }
    }

    /**
     * An area's problems and commitments as they evolve from year to year, as real promises do: most are
     * kept word for word, some are reworded, a commitment is now and then dropped and a new one added.
     */
    static final class AreaState {
        final List<Item> problems = new java.util.ArrayList<>();
        final List<Item> commitments = new java.util.ArrayList<>();
        final Words words;
        int nextCommitment = 1;

        AreaState(Random random, Words words) {
            this.words = words;
            for (int i = 1; i <= 8; i++) {
                problems.add(new Item("problem-" + i, words.sv().sentence(random, 4), words.en().sentence(random, 4), 0));
            }
            for (int i = 0; i < 15; i++) {
                commitments.add(newCommitment(random));
            }
        }

        Item newCommitment(Random random) {
            return new Item("atagande-" + nextCommitment++, words.sv().sentence(random, 22), words.en().sentence(random, 22),
                    1 + random.nextInt(8));
        }

        void nextYear(Random random) {
            for (Item problem : problems) {
                if (random.nextInt(100) < 15) {
                    reword(problem, random);
                }
            }
            for (int i = 0; i < commitments.size(); i++) {
                int roll = random.nextInt(100);
                if (roll < 8) {
                    commitments.set(i, newCommitment(random));
                } else if (roll < 30) {
                    reword(commitments.get(i), random);
                }
            }
        }

        private void reword(Item item, Random random) {
            item.sv = replaceWord(item.sv, random, words.sv());
            item.en = replaceWord(item.en, random, words.en());
        }

        private static String replaceWord(String text, Random random, Vocabulary vocabulary) {
            String[] words = text.substring(0, text.length() - 1).split(" ");
            int at = random.nextInt(words.length);
            String word = vocabulary.word(random);
            words[at] = at == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
            return String.join(" ", words) + ".";
        }
    }

    private static String promise(AreaState state, Random random, int year) {
        StringBuilder problems = new StringBuilder();
        for (Item problem : state.problems) {
            problems.append(problems.length() > 0 ? ",\n" : "").append("""
                        { "id": "%s", "title": { "sv": "%s", "en": "%s" },
                          "desiredEffect": { "text": { "sv": "%s", "en": "%s" } } }""".formatted(problem.id,
                    problem.sv, problem.en, state.words.sv().sentence(random, 14), state.words.en().sentence(random, 14)));
        }
        StringBuilder commitments = new StringBuilder();
        for (int i = 0; i < state.commitments.size(); i++) {
            Item commitment = state.commitments.get(i);
            String target = i < 3 ? """
                    , "target": { "comparator": "at-least", "value": %d, "unit": { "sv": "insatser", "en": "operations" } }"""
                    .formatted(10 + random.nextInt(300)) : "";
            commitments.append(i > 0 ? ",\n" : "").append("""
                        { "id": "%s", "section": "polisen", "actors": ["lpo-malmo-soder"],
                          "text": { "sv": "%s", "en": "%s" }%s, "problems": ["problem-%d"] }""".formatted(commitment.id,
                    commitment.sv, commitment.en, target, commitment.problem));
        }
        return """
                {
                  "$schema": "../../../../schema/promise.schema.json",
                  "title": { "sv": "Medborgarlöfte %d", "en": "Citizen promise %d" },
                  "period": { "start": "%d-01", "end": "%d-12" },
                  "published": "%d-01-15",
                  "parties": ["lpo-malmo-soder", "malmo-stad"],
                  "localPoliceArea": "lpo-malmo-soder",
                  "originalPublication": true,
                  "problems": [
                %s
                  ],
                  "sections": [ { "id": "polisen", "title": { "sv": "Det här lovar polisen", "en": "What the police promise" } } ],
                  "commitments": [
                %s
                  ],
                  "signatories": [ { "name": "Anna Andersson", "title": { "sv": "Lokalpolisområdeschef", "en": "Head of local police area" }, "organisation": "lpo-malmo-soder" } ],
                  "sources": [ { "id": "webb", "kind": "web-page", "title": { "sv": "Medborgarlöfte %d", "en": "Citizen promise %d" } } ]
                }
                """.formatted(year, year, year, year, year, problems, commitments, year, year);
    }

    private static String followUp(AreaState state, Random random, int year) {
        return followUp(state, random, year, "lpo-malmo-soder");
    }

    /** A period's follow-up by the given organisation: an entry per commitment, numbers for the first three. */
    static String followUp(AreaState state, Random random, int year, String by) {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < state.commitments.size(); i++) {
            String outcome = i < 3 ? ", \"outcome\": { \"value\": " + random.nextInt(300) + " }" : "";
            entries.append(i > 0 ? ",\n" : "").append("    { \"commitment\": \"%s\", \"status\": \"%s\"%s }"
                    .formatted(state.commitments.get(i).id, STATUSES.get(random.nextInt(STATUSES.size())), outcome));
        }
        return """
                {
                  "$schema": "../../../../schema/follow-up.schema.json",
                  "published": "%d-03",
                  "by": ["%s"],
                  "entries": [
                %s
                  ],
                  "sources": [ { "id": "uppfoljning", "kind": "document", "title": { "sv": "Uppföljning", "en": "Follow-up" } } ]
                }
                """.formatted(year + 1, by, entries);
    }

    /** About 1.5 kB: three paragraphs and a list. */
    static String prose(Random random, Vocabulary words) {
        return words.sentence(random, 60) + "\n\n" + words.sentence(random, 60) + "\n\n"
                + "* " + words.sentence(random, 12) + "\n* " + words.sentence(random, 12) + "\n* " + words.sentence(random, 12)
                + "\n\n" + words.sentence(random, 50) + "\n";
    }
}

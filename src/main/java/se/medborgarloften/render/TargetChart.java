package se.medborgarloften.render;

import org.jsoup.nodes.Entities;
import se.medborgarloften.model.FollowUp;
import se.medborgarloften.plan.RecurringCommitment;

/**
 * A small bar chart of a recurring commitment's targets and outcomes per period, drawn as SVG at build
 * time: no JavaScript, no inline styles (colours come from the stylesheet's classes), and a title and
 * description for screen readers; the commitment's row in the history page's table carries the same numbers.
 */
final class TargetChart {

    /** The width the bars may take, whatever the labels beside them need. */
    private static final int PLOT = 420;
    private static final int ROW = 44;
    private static final int BAR = 14;
    /**
     * A character's width in the chart's units, 0.65 of the stylesheet's 14-pixel chart text: more than the
     * letters and digits of dates take in the system fonts. A label's width is estimated from its length, not
     * measured in a font, so the chart is the same on every machine, and the bars start after the longest label.
     */
    private static final double CHARACTER = 9.1;
    private static final int GAP = 12;

    private TargetChart() {
    }

    /** Whether any period has a number to draw: a chart of notes alone says less than the table beside it. */
    static boolean hasValues(RecurringCommitment commitment) {
        for (var o : commitment.occurrences()) {
            if (o.commitment().target() != null || outcome(o.entry()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param headingId the heading above the chart, which names the commitment: the chart's name is its own title
     *                  and that heading, so that the commitment's wording is not written into the page once more
     */
    static String svg(RecurringCommitment commitment, String headingId, I18n i18n, Dates dates, Statuses statuses) {
        double max = 1;
        int labelLength = 0;
        int valueLength = 0;
        for (var o : commitment.occurrences()) {
            labelLength = Math.max(labelLength, dates.years(o.period().promise().period()).length());
            if (o.commitment().target() != null) {
                max = Math.max(max, o.commitment().target().value());
                valueLength = Math.max(valueLength, targetLabel(o, i18n).length());
            }
            Double outcome = outcome(o.entry());
            if (outcome != null) {
                max = Math.max(max, outcome);
                valueLength = Math.max(valueLength, outcomeLabel(outcome, i18n).length());
            }
        }
        int label = width(labelLength) + GAP;
        int width = label + PLOT + width(valueLength) + GAP;
        String id = "chart-" + commitment.id();
        int height = ROW * commitment.occurrences().size() + 40;
        double scale = PLOT / max;
        StringBuilder svg = new StringBuilder()
                .append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(headingId)
                .append("\" aria-describedby=\"").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(xml(i18n.msg("chart.title"))).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(xml(i18n.msg("chart.description"))).append("</desc>");
        int y = 10;
        for (var o : commitment.occurrences()) {
            svg.append("<text class=\"chart__label\" x=\"0\" y=\"").append(y + BAR).append("\">")
                    .append(xml(dates.years(o.period().promise().period()))).append("</text>");
            if (o.commitment().target() != null) {
                bar(svg, "chart__target", label, y, o.commitment().target().value() * scale, targetLabel(o, i18n));
            }
            Double outcome = outcome(o.entry());
            if (outcome != null) {
                bar(svg, "chart__outcome", label, y + BAR + 2, outcome * scale, outcomeLabel(outcome, i18n));
            } else {
                svg.append("<text class=\"chart__note\" x=\"").append(label).append("\" y=\"").append(y + 2 * BAR + 2)
                        .append("\">").append(xml(i18n.msg(statuses.of(o.period(), o.commitment().id()).messageKey()))).append("</text>");
            }
            y += ROW;
        }
        svg.append("<text class=\"chart__legend\" x=\"0\" y=\"").append(height - 6).append("\">")
                .append(xml(i18n.msg("chart.legend"))).append("</text></svg>");
        return svg.toString();
    }

    private static int width(int characters) {
        return (int) Math.ceil(characters * CHARACTER);
    }

    private static String targetLabel(RecurringCommitment.Occurrence o, I18n i18n) {
        return i18n.msg("chart.target") + " " + i18n.number(o.commitment().target().value());
    }

    private static String outcomeLabel(double outcome, I18n i18n) {
        return i18n.msg("chart.outcome") + " " + i18n.number(outcome);
    }

    private static void bar(StringBuilder svg, String kind, int x, int y, double length, String label) {
        double width = Math.max(2, length);
        svg.append("<rect class=\"").append(kind).append("\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" width=\"").append(SvgNumbers.fixed(width, 1)).append("\" height=\"").append(BAR).append("\"/>")
                .append("<text class=\"chart__value\" x=\"").append(SvgNumbers.fixed(x + width + 6, 1))
                .append("\" y=\"").append(y + BAR - 2).append("\">").append(xml(label)).append("</text>");
    }

    private static Double outcome(FollowUp.Entry entry) {
        return entry == null || entry.outcome() == null ? null : entry.outcome().value();
    }

    private static String xml(String text) {
        return Entities.escape(text);
    }
}

package se.medborgarloften.render;

import org.jsoup.nodes.Entities;
import se.medborgarloften.model.FollowUp;
import se.medborgarloften.plan.RecurringCommitment;

/**
 * A small bar chart of a recurring commitment's targets and outcomes per period, drawn as SVG at build
 * time: no JavaScript, no inline styles (colours come from the stylesheet's classes), and a title and
 * description for screen readers; the table beside it carries the same numbers.
 */
final class TargetChart {

    private static final int WIDTH = 640;
    private static final int LABEL = 150;
    private static final int ROW = 44;
    private static final int BAR = 14;

    private TargetChart() {
    }

    static String svg(RecurringCommitment commitment, PageContext page) {
        double max = 1;
        for (var o : commitment.occurrences()) {
            if (o.commitment().target() != null) {
                max = Math.max(max, o.commitment().target().value());
            }
            Double outcome = outcome(o.entry());
            if (outcome != null) {
                max = Math.max(max, outcome);
            }
        }
        String id = "chart-" + commitment.id();
        int height = ROW * commitment.occurrences().size() + 40;
        double scale = (WIDTH - LABEL - 70) / max;
        StringBuilder svg = new StringBuilder()
                .append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(xml(page.msg("chart.title", page.t(commitment.latest().text())))).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(xml(page.msg("chart.description"))).append("</desc>");
        int y = 10;
        for (var o : commitment.occurrences()) {
            svg.append("<text class=\"chart__label\" x=\"0\" y=\"").append(y + BAR).append("\">")
                    .append(xml(page.range(o.period().promise().period()))).append("</text>");
            if (o.commitment().target() != null) {
                bar(svg, "chart__target", y, o.commitment().target().value() * scale,
                        page.msg("chart.target") + " " + page.number(o.commitment().target().value()));
            }
            Double outcome = outcome(o.entry());
            if (outcome != null) {
                bar(svg, "chart__outcome", y + BAR + 2, outcome * scale, page.msg("chart.outcome") + " " + page.number(outcome));
            } else {
                svg.append("<text class=\"chart__note\" x=\"").append(LABEL).append("\" y=\"").append(y + 2 * BAR + 2)
                        .append("\">").append(xml(page.msg("status." + o.period().statusOf(o.commitment().id())))).append("</text>");
            }
            y += ROW;
        }
        svg.append("<text class=\"chart__legend\" x=\"0\" y=\"").append(height - 6).append("\">")
                .append(xml(page.msg("chart.legend"))).append("</text></svg>");
        return svg.toString();
    }

    private static void bar(StringBuilder svg, String kind, int y, double length, String label) {
        double width = Math.max(2, length);
        svg.append("<rect class=\"").append(kind).append("\" x=\"").append(LABEL).append("\" y=\"").append(y)
                .append("\" width=\"").append(SvgNumbers.fixed(width, 1)).append("\" height=\"").append(BAR).append("\"/>")
                .append("<text class=\"chart__value\" x=\"").append(SvgNumbers.fixed(LABEL + width + 6, 1))
                .append("\" y=\"").append(y + BAR - 2).append("\">").append(xml(label)).append("</text>");
    }

    private static Double outcome(FollowUp.Entry entry) {
        return entry == null || entry.outcome() == null ? null : entry.outcome().value();
    }

    private static String xml(String text) {
        return Entities.escape(text);
    }
}

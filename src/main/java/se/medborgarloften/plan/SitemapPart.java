package se.medborgarloften.plan;

/**
 * One of the site's sitemaps: the pages about the whole site (no area), or the pages of one area. A sitemap
 * may list 50,000 addresses and a national site has more; an area has a hundred or so, and its sitemap is
 * kept, like its pages, while nothing it lists changes. sitemap.xml is the index of them all.
 *
 * @param areaId the area whose pages it lists, or null for the pages about the whole site
 */
public record SitemapPart(String areaId) {

    public static final String TEMPLATE = "sitemap-urls";
}

/**
 * Stage 1, load: finds every file under content/ (and the UI message bundles under templates/i18n/),
 * reads it as strict UTF-8 and parses JSON into trees that remember the line and column of every node.
 * Nothing here judges the content; unknown files are reported so that nothing a user wrote is ignored.
 */
package se.medborgarloften.load;

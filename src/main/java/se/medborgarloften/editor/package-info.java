/**
 * The content editor at /admin/ (Decap CMS): its page and field definitions, generated from the schemas and the
 * content on every build, and the local backend the live preview serves it the project's files through.
 */
package se.medborgarloften.editor;

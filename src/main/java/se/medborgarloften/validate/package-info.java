/**
 * Stage 2, validate: checks every JSON file against its JSON Schema in schema/, binds it to the model
 * records, then checks what a schema cannot see (references between files, stable ids, dates,
 * translations). Every problem found is reported at once, with file, line and a hint.
 */
package se.medborgarloften.validate;

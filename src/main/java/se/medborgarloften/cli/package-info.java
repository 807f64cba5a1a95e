/** The command line: build, validate and serve. */
package se.medborgarloften.cli;

/** Runs the pipeline stages in order: load, validate, plan, render, publish. */
package se.medborgarloften.generator;

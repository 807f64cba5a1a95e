/**
 * Commands that start new content from what exists: a new area, a new promise period pre-filled from
 * the area's latest one (keeping the commitments' stable ids, so the comparison between the years works),
 * and a follow-up with one entry per commitment. Each writes files that build at once.
 */
package se.medborgarloften.scaffold;

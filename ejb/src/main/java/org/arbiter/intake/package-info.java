/**
 * Intake (DESIGN.md §2.1): a buyer or seller files a complaint about their order. The text is screened
 * for personal numbers, classified, prioritised, checked against open duplicates, and the complainant gets
 * an acknowledgement receipt with every clock that now runs.
 */
package org.arbiter.intake;

/** Classification: what a complaint is about and how urgent it is, and a specialist's corrections. */
package org.arbiter.api.classification;

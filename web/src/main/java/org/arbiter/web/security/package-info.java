/** Who is calling: the signed-in identity and its roles, as the security realm established them. */
package org.arbiter.web.security;

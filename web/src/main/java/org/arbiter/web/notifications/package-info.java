/** HTTP for the signed-in user's inbox. */
package org.arbiter.web.notifications;

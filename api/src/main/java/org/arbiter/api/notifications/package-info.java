/** The signed-in user's notifications: the in-app channel. */
package org.arbiter.api.notifications;

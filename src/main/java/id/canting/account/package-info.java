/**
 * Accounts: users with their role and scope (an officer's province, an owner's IKM), passwords,
 * login with throttling, and API tokens. Publishes events for every login and permission change,
 * which the audit module records.
 */
package id.canting.account;

/**
 * The demo vault: {@link org.maracdesk.demo.DemoVaultLoader} writes a synthetic dataset
 * ({@link org.maracdesk.demo.synthetic}) into a vault through the domain's own entities and enums, a chunk of
 * referrals at a time, writing each meeting once its referrals are all written ({@code DemoLoadRun}).
 * Nothing in the product depends on this package; only {@code org.maracdesk.app} (the composition root and the
 * {@code demo} command) does, and {@code LayeringTest} keeps it so.
 */
package org.maracdesk.demo;

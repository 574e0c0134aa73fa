/**
 * Seeded generator of realistic but entirely FAKE MARAC casework data: referrals with DASH RIC answers,
 * fortnightly (weekly for large runs) meetings per district of a fictional county, and agency actions.
 *
 * <p>Entry point: {@code new SyntheticDataGenerator(seed, today).generate(caseCount)}, or {@code stream(caseCount)}
 * for the same data a slice at a time (large runs: memory stays bounded). The output is a pure
 * function of {@code (seed, today, caseCount)}. All output types are immutable records or enums using the JDK only,
 * so the package can feed the demo vault, tests and benchmarks without touching persistence or the UI.
 *
 * <p>People, streets, towns, districts and postcodes are invented: names are random combinations from
 * pools of common given names and surnames, and postcodes use outward codes starting with {@code Q}, which
 * the real UK postcode system never uses as a first letter.
 */
package org.maracdesk.demo.synthetic;

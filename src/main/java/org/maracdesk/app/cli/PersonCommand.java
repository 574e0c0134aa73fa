package org.maracdesk.app.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.maracdesk.casework.people.DuplicateList;
import org.maracdesk.casework.people.DuplicatePair;
import org.maracdesk.casework.people.MergeComparison;
import org.maracdesk.casework.people.MergeField;
import org.maracdesk.casework.people.MergeRequest;
import org.maracdesk.casework.people.MergeResult;
import org.maracdesk.casework.people.MergeSide;
import org.maracdesk.casework.people.PersonMergeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code person duplicates|merge|not-duplicate} (coordinator): possible duplicate people, reviewed and merged. */
@Command(name = "person", mixinStandardHelpOptions = true, description = "Review possible duplicate people and"
        + " merge two records of one person (coordinator).", subcommands = {PersonCommand.Duplicates.class,
            PersonCommand.Merge.class, PersonCommand.NotDuplicate.class})
public final class PersonCommand {

    @Command(name = "duplicates", mixinStandardHelpOptions = true, description = {"The pairs of people an import or"
            + " a referral flagged as possibly one person, best match first: the two person ids, the score, why"
            + " they look alike and the cases each is on, tab-separated; names only with --names."})
    static final class Duplicates implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Option(names = "--names", description = "Include both names and dates of birth (the view is audited either"
                + " way).")
        boolean names;

        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                DuplicateList list = vault.services().personMerges().duplicates();
                for (DuplicatePair p : list.pairs()) {
                    System.out.println(p.firstId() + "\t" + p.secondId() + "\t" + p.score() + "\t" + p.reasons()
                            + "\t" + String.join(", ", p.firstCases()) + "\t" + String.join(", ", p.secondCases())
                            + (names ? "\t" + p.firstName() + " (" + born(p.firstBorn()) + ")\t" + p.secondName()
                            + " (" + born(p.secondBorn()) + ")" : ""));
                }
                System.out.println(list.pairs().size() + (list.pairs().size() == 1 ? " pair" : " pairs")
                        + (list.withheld() > 0 ? "; " + list.withheld() + " left out (a case is withheld from you)"
                        : "") + ".");
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = {"Merge person OTHER into person KEEP:"
            + " KEEP's values stay except those named in --take, which come from OTHER; OTHER's cases, referrals and"
            + " links move to KEEP and OTHER is removed. Every must-not-receive entry on a case of either is added"
            + " to the other's cases. With --dry-run, shows both side by side and changes nothing."})
    static final class Merge implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Parameters(index = "0", paramLabel = "KEEP", description = "The person id kept.")
        long keep;
        @Parameters(index = "1", paramLabel = "OTHER", description = "The person id merged into KEEP and removed.")
        long other;
        @Option(names = "--take", paramLabel = "FIELD", split = ",", description = "Values taken from OTHER:"
                + " given-name, family-name, aliases, dob, gender, address, contact.")
        List<String> take = List.of();
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why these are one person (required unless"
                + " --dry-run).")
        String reason;
        @Option(names = "--dry-run", description = "Show both records and what would be carried; change nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            Set<MergeField> fields = fields(take);
            if (!dryRun && (reason == null || reason.isBlank())) {
                throw new CliException(ExitCodes.USAGE, "--reason is required: say why these are one person");
            }
            try (OpenVault vault = CliVault.open(options)) {
                PersonMergeService merges = vault.services().personMerges();
                MergeComparison c = merges.compare(keep, other);
                if (dryRun) {
                    print("Keep", c.first());
                    print("Merge", c.second());
                    c.carried().forEach(l -> System.out.println("Must not receive, added: " + l));
                    System.out.println(c.refusal() == null ? "Nothing changed (dry run)." : "Refused: " + c.refusal());
                    return c.refusal() == null ? ExitCodes.OK : ExitCodes.USAGE;
                }
                MergeResult r = merges.merge(new MergeRequest(keep, c.first().version(), other, c.second().version(),
                        fields, reason));
                System.out.println("Merged person " + other + " into person " + keep + ": " + r.cases()
                        + (r.cases() == 1 ? " case" : " cases") + " and " + r.referrals()
                        + (r.referrals() == 1 ? " referral" : " referrals") + " moved; " + r.carried()
                        + " must-not-receive " + (r.carried() == 1 ? "entry" : "entries") + " added"
                        + (r.withdrawn() > 0 ? ", " + r.withdrawn() + " requests or proposals withdrawn" : "") + ".");
                return ExitCodes.OK;
            }
        }

        private static void print(String label, MergeSide s) {
            System.out.println(label + " person " + s.personId() + ": " + s.name() + "; born " + born(s.dateOfBirth())
                    + "; aliases " + dash(s.aliases()) + "; gender " + dash(s.gender()) + "; cases "
                    + (s.cases().isEmpty() ? "none" : String.join(", ", s.cases())) + "; referrals " + s.referrals());
        }

        static Set<MergeField> fields(List<String> names) {
            Set<MergeField> out = EnumSet.noneOf(MergeField.class);
            for (String n : names) {
                String key = n.strip().toLowerCase(Locale.ROOT);
                out.add(switch (key) {
                    case "given-name" -> MergeField.GIVEN_NAME;
                    case "family-name" -> MergeField.FAMILY_NAME;
                    case "aliases" -> MergeField.ALIASES;
                    case "dob" -> MergeField.DATE_OF_BIRTH;
                    case "gender" -> MergeField.GENDER;
                    case "address" -> MergeField.ADDRESS;
                    case "contact" -> MergeField.CONTACT;
                    default -> throw new CliException(ExitCodes.USAGE, "--take: " + n.strip() + " is not a value that"
                            + " can be taken; use given-name, family-name, aliases, dob, gender, address or contact");
                });
            }
            return out;
        }
    }

    @Command(name = "not-duplicate", mixinStandardHelpOptions = true, description = {"Record that two flagged"
            + " people are different people: the pair leaves the list of possible duplicates."})
    static final class NotDuplicate implements Callable<Integer> {
        @Mixin
        VaultOptions options;
        @Parameters(index = "0", paramLabel = "A", description = "One person id of the pair.")
        long first;
        @Parameters(index = "1", paramLabel = "B", description = "The other person id.")
        long second;
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why they are different people.")
        String reason;

        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                vault.services().personMerges().notDuplicates(first, second, reason);
                System.out.println("Recorded: person " + first + " and person " + second + " are different people.");
                return ExitCodes.OK;
            }
        }
    }

    static String born(java.time.LocalDate d) {
        return d == null ? "date of birth not known" : d.toString();
    }

    static String dash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}

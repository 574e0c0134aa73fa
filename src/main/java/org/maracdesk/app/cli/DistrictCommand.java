package org.maracdesk.app.cli;

import java.util.concurrent.Callable;
import org.maracdesk.casework.meetings.AreaDistrict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code meeting district list|rename|retire|restore} (coordinator): the districts meetings are held for. */
@Command(name = "district", mixinStandardHelpOptions = true, description = "List, rename, retire and restore districts"
        + " (coordinator).", subcommands = {DistrictCommand.ListDistricts.class, DistrictCommand.Rename.class,
        DistrictCommand.Retire.class, DistrictCommand.Restore.class})
final class DistrictCommand {

    abstract static class OneDistrict {
        @Mixin
        VaultOptions options;
        @Option(names = "--area", paramLabel = "NAME", required = true, description = "The MARAC area.")
        String area;
        @Option(names = "--district", paramLabel = "NAME", required = true, description = "The district.")
        String district;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Each district as area, district and"
            + " whether it is retired, tab-separated.")
    static final class ListDistricts implements Callable<Integer> {
        @Mixin
        VaultOptions options;

        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                for (AreaDistrict d : vault.services().meetingSetup().areaDistricts()) {
                    System.out.println(d.area() + "\t" + d.district() + (d.retired() ? "\tretired" : ""));
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = {"Rename a district. Its scheduled"
            + " meetings, their slots and its cases take the new name; held and cancelled meetings keep the name"
            + " they were held under."})
    static final class Rename extends OneDistrict implements Callable<Integer> {
        @Option(names = "--to", paramLabel = "NAME", required = true, description = "The new name.")
        String to;

        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                vault.services().meetingCorrections().renameDistrict(area, district, to);
                System.out.println("Renamed district " + district.strip() + " to " + to.strip() + ".");
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true, description = {"Retire a district: no new meetings"
            + " or referrals for it, and it leaves the choices; its meetings and cases keep its name."})
    static final class Retire extends OneDistrict implements Callable<Integer> {
        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                vault.services().meetingCorrections().retireDistrict(area, district, true);
                System.out.println("Retired district " + district.strip() + ".");
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true, description = "Bring a retired district back.")
    static final class Restore extends OneDistrict implements Callable<Integer> {
        @Override
        public Integer call() {
            try (OpenVault vault = CliVault.open(options)) {
                vault.services().meetingCorrections().retireDistrict(area, district, false);
                System.out.println("District " + district.strip() + " is in use again.");
                return ExitCodes.OK;
            }
        }
    }
}

package org.maracdesk.app;

/** Entry point placeholder; replaced by the picocli launcher. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("MARAC Desk");
    }
}

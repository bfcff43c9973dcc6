package io.github.aggregatorsdk.classpass.example.studio.staff;

/**
 * The demo's staff credentials: logged at start so that whoever runs the demo can sign in, and
 * read by the tests that sign in. A real app has its own staff accounts instead.
 *
 * @param username never null
 * @param password never null
 */
public record DemoStaffLogin(String username, String password) {

  /** Without the password, should the record end up in a log. */
  @Override
  public String toString() {
    return "DemoStaffLogin[" + username + "]";
  }
}

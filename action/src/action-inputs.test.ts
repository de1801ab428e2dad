import { describe, expect, it } from "vitest";
import { actionInvocation, readInput } from "./action-inputs.js";

describe("actionInvocation", () => {
  it("reads INPUT_* as GitHub names them (upper case, dashes kept) into a scanstat command line", () => {
    expect(readInput({ "INPUT_FAIL-ON": " critical " }, "fail-on")).toBe("critical");
    expect(
      actionInvocation({
        INPUT_COMMAND: "watch",
        INPUT_REFS: "soda:a\n  pd:b, halo:812\n",
        "INPUT_FAIL-ON": "critical",
        "INPUT_WARN-ON": "none",
        INPUT_TIMEOUT: "1800",
        INPUT_FORMAT: "junit",
        INPUT_OUTPUT: "-scans.xml",
        "INPUT_OK-ON-WARN": "true",
      }),
    ).toEqual({
      command: "watch",
      waits: true,
      argv: [
        "watch",
        "soda:a",
        "pd:b",
        "halo:812",
        "--fail-on=critical",
        "--warn-on=none",
        "--timeout=1800",
        "--format=junit",
        "--output=-scans.xml",
        "--ok-on-warn",
      ],
    });
  });

  it("trigger: vendor and its options, repeatable targets, wait", () => {
    expect(
      actionInvocation({
        INPUT_COMMAND: "trigger",
        INPUT_VENDOR: "pd",
        INPUT_TARGET: "shop.example.com\napi.example.com",
        INPUT_TEMPLATE: "cves",
        INPUT_NAME: "nightly",
        INPUT_WAIT: "true",
      }).argv,
    ).toEqual([
      "trigger",
      "pd",
      "--name=nightly",
      "--target=shop.example.com",
      "--target=api.example.com",
      "--template=cves",
      "--wait",
    ]);
    expect(actionInvocation({ INPUT_COMMAND: "trigger", INPUT_VENDOR: "halo", "INPUT_TARGET-ID": "812" })).toEqual({
      command: "trigger",
      waits: false,
      argv: ["trigger", "halo", "--target-id=812"],
    });
  });

  it.each([
    [{ INPUT_COMMAND: "deploy" }, 'input command must be one of status, watch, trigger (got "deploy")'],
    [{ INPUT_COMMAND: "status" }, "command status needs the input refs (e.g. soda:4651ba64-…)"],
    [{ INPUT_COMMAND: "trigger" }, "command trigger needs the input vendor (soda, projectdiscovery, telmai, halo)"],
    [{ INPUT_COMMAND: "trigger", INPUT_VENDOR: "soda", INPUT_REFS: "soda:a" }, "command trigger takes no refs"],
    [{ INPUT_REFS: "soda:a", "INPUT_OK-ON-WARN": "yes" }, 'input ok-on-warn must be true or false (got "yes")'],
  ])("%j → %s", (env, message) => {
    expect(() => actionInvocation(env)).toThrow(message);
  });

  it("command defaults to watch", () => {
    expect(actionInvocation({ INPUT_REFS: "soda:a" }).argv).toEqual(["watch", "soda:a"]);
  });
});

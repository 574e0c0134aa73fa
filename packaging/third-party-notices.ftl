<#-- Template for THIRD-PARTY-NOTICES.txt, rendered by license-maven-plugin (add-third-party).
     Regenerate with scripts/third-party-notices; scripts/package refuses to package a stale copy. -->
MARAC Desk - third-party notices
================================

MARAC Desk is licensed under the Apache License, Version 2.0 (see LICENSE and NOTICE).
It ships with the libraries listed below, unmodified, each under its own licence. The list is
generated from the Maven dependencies in the runtime scope (test-only libraries are not shipped).

The installed packages also contain a Java runtime made from OpenJDK with jlink. Its licence
(GPL v2 with the Classpath Exception) and the notices of its components are in the runtime's
own "legal" folder (runtime/legal, or Contents/runtime/Contents/Home/legal on macOS).

<#if dependencyMap?size == 0>
No third-party libraries.
<#else>
${dependencyMap?size} libraries, grouped by licence. A library offered under a choice of licences
is listed under each of them. Most of the jars also carry their licence text in META-INF.
<#list licenseMap as e>
<#assign licence = e.getKey()/>
<#assign projects = e.getValue()/>

${licence}
<#list projects as p>
  - ${p.name} (${p.groupId}:${p.artifactId}:${p.version})<#if p.url??> ${p.url}</#if>
</#list>
</#list>
</#if>

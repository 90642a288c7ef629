/**
 * A file's path as a CI service's report names it: relative to the project's folder, where the
 * service places findings on the repository's files (GitLab: `$CI_PROJECT_DIR`; GitHub Actions:
 * `$GITHUB_WORKSPACE`), with `/`; outside CI, relative to the folder the run started in.
 */
import path from 'node:path';
import { realpathSync } from 'node:fs';

/**
 * A path as GitHub names a repository's files, with `/`: the separator of Windows (`\`) becomes
 * one there only. Elsewhere `\` is a letter of a file's name, which the annotation must keep.
 */
export function repositoryPath(file: string, sep: string = path.sep): string {
  return sep === '\\' ? file.split('\\').join('/') : file;
}

/**
 * The path as the report names it: relative to the project's folder, `root` (`projectRoot`;
 * else the folder the run started in, `cwd`), with `/`, as git names the file however the command
 * line wrote it (`./a.txt`, `sub//a.txt`, `sub/../a.txt`, an absolute path inside that folder:
 * `a.txt`). A path outside that folder: as it was written, normalized, where the root is the
 * folder the run started in; absolute where it is another (written relative to the job's folder
 * it would name nothing in the project). No service places either on a line.
 * `p`: the platform's path functions (tests give `path.win32`).
 */
export function reportPath(file: string, cwd: string = process.cwd(), p: path.PlatformPath = path, root: string = cwd): string {
  const absolute = p.resolve(cwd, file);
  const relative = p.relative(p.resolve(cwd, root), absolute);
  // (`..` alone or before a separator leaves the folder; `..drafts` is a name in it.)
  const outside = relative === '' || p.isAbsolute(relative) || relative === '..' || relative.startsWith(`..${p.sep}`);
  return repositoryPath(outside ? (p.resolve(cwd, root) === p.resolve(cwd) ? p.normalize(file) : absolute) : relative, p.sep);
}

/**
 * The folder a CI service's report names paths from: the one the variable names (the clone's
 * folder, which GitLab sets as `CI_PROJECT_DIR` and GitHub Actions as `GITHUB_WORKSPACE`), also
 * when the job runs the check in a folder below it; else `cwd`, the folder the run started in.
 */
export function projectRoot(variable: 'CI_PROJECT_DIR' | 'GITHUB_WORKSPACE', env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const project = env[variable];
  if (project === undefined || project === '') return cwd;
  // (Through a symbolic link, the folder it leads to, as the current folder is: a project at
  // /builds/p reached as a link had named every file by its absolute path.)
  const resolved = path.resolve(cwd, project);
  try {
    return realpathSync(resolved);
  } catch {
    return resolved;
  }
}

/** A path as GitHub names a repository's file (annotations, code scanning): relative to `$GITHUB_WORKSPACE` in an Actions job, else to the folder the run started in. */
export function githubPath(file: string, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return reportPath(file, cwd, path, projectRoot('GITHUB_WORKSPACE', env, cwd));
}

import type { ErrorReason } from '../api/result.ts';
import type { Lang } from './names.ts';
import { ERROR_REASONS, reasonParamSpec, type ReasonKey } from './error-reasons.ts';
import { fillTemplate } from './fill-template.ts';

/**
 * A refusal's reason (error-reasons.ts) as a sentence in the reader's language: what, where
 * (the file's name), why and what would fix it. One template per key and language; `{name}`
 * places a param. The Chinese sentences are written as Chinese, not translated word by word,
 * and carry no Latin letters of their own: only the names given as params (files, folders,
 * the lock holder) may bring them.
 *
 * Like warningText (core/engine/warning-text.ts): a reason this table cannot say exactly
 * (unknown key, missing or ill-typed param) gives null, and the caller shows the English
 * message instead, marked as such. A reader never sees a raw key or a half-filled sentence.
 */

export interface ErrorTextLocale {
  lang: Lang;
  /** A whole number with the reader's grouping. */
  count(value: number): string;
  /** A size in bytes, in the reader's units ("3.2 MB"). */
  bytes(value: number): string;
  /** An ISO time as a local date and time, or null when it is not a time. */
  time(iso: string): string | null;
}

type Templates = Record<ReasonKey, string>;

const EN: Templates = {
  file_missing: '“{file}” is not in {folder}. It may have been moved, renamed or deleted; choose the file again.',
  file_not_regular: '“{file}” is a folder or a device, not a project file. Choose the project file itself.',
  file_wal_pending:
    '“{file}” has changes that are not in it yet, in the log file “{wal_file}” beside it. Close the program that has the project open so it writes them into the file, or delete the log file to drop them, then open it again.',
  file_too_large:
    'The project in “{file}” is {size}, more than the {limit} this app opens. Check that this is the right file; if it is, ask your administrator to raise the limit.',
  file_empty: '“{file}” is empty (0 bytes): there is no project in it. Ask the sender for the complete file.',
  file_not_sqlite:
    '“{file}” is not a project file: its content is not the database format this app saves. Check that you chose the right file, or ask the sender to save it again from this app.',
  file_truncated:
    '“{file}” is incomplete: it has {size}, but its header says it should have {expected}. This usually means a copy or a download stopped early; copy or download it again.',
  file_header_damaged: 'The header of “{file}” is damaged, so its content cannot be read. Ask the sender for an undamaged copy.',
  file_wrong_application:
    '“{file}” is a database of another program, not a project file of this app. Choose a project file saved by this app.',
  file_from_newer_version:
    '“{file}” was saved by a newer version of this app (file format {file_version}; this version reads up to {max_version}). Update the app to open it; the file was not changed.',
  file_no_version:
    '“{file}” has no valid format version, so it was not written by this app. Ask the sender for a file saved by this app.',
  file_schema_mismatch:
    'The tables in “{file}” differ from those of a project file; another program may have changed it. Ask the sender for a file saved directly by this app.',
  file_unexpected_object:
    '“{file}” contains database objects a project file never has (such as views or triggers), so it was not opened, to be safe. Ask the sender for a file saved directly by this app.',
  file_damaged: '“{file}” is damaged: its integrity check failed. Ask the sender for an undamaged copy, or use a backup.',
  file_plan_invalid:
    'The plan in “{file}” breaks the plan rules in {issues} place(s), so it cannot be opened. Ask the sender to open it in this app, correct it and save it again.',
  io_folder_missing:
    'Could not {action} “{file}”: the folder {folder} does not exist. Check that the folder is still there, or choose another place.',
  io_permission_denied:
    'Could not {action} “{file}”: permission denied. Check the permissions of the file and its folder, or choose another place.',
  io_read_only_disk: 'Could not {action} “{file}”: the disk is read-only. Save to a disk or folder that can be written.',
  io_disk_full: 'Could not {action} “{file}”: the disk is full. Free some space and try again.',
  io_is_folder: 'Could not {action} “{file}”: a folder has that name. Choose another file name.',
  io_not_a_folder: 'Could not {action} “{file}”: a part of its path is not a folder. Check the path.',
  io_failed: 'Could not {action} “{file}”: the operating system refused. Check the disk and the permissions, then try again.',
  file_exists: '“{file}” already exists. Choose another name, or choose to replace it.',
  locked_by_other:
    '“{file}” is being edited by {holder} (process {pid}) since {since}. You can look at it but not change or save it; to change it, save a copy, or open it again once they have closed it.',
  locked_by_newer_version:
    '“{file}” is in use by a newer version of this app (its lock file has a newer format). You can look at it; to change it, wait until it is closed there, or save a copy.',
  lock_not_possible:
    'Could not create the lock file for “{file}” in {folder}, so it cannot be saved there safely. Check that the folder can be written, or save to another place.',
  open_for_review:
    'Opened for review: you can add comments to “{file}” but not change its plan. To change it, open it for editing, or save a copy.',
  file_not_writable:
    '“{file}” or its folder cannot be written, so it was opened read-only. Check the file’s permissions, or save a copy to edit.',
  open_here_for_editing: '“{file}” is already open for editing in this window. Close it first, then try again.',
  review_plan_changed:
    'While you were reviewing, someone changed the plan in “{file}” and saved it. Your comments are about the earlier plan and were not written into the file; save them as a copy.',
  not_saved_yet: 'This project has not been saved yet. Use Save As to choose where to save it.',
  revision_conflict:
    'The change was made on revision {base_revision} of the project, but it is at revision {revision} now, so it was not applied. Make the change again.',
  small_file_missing: 'The {what} “{file}” does not exist. Check that it is there, or choose it again.',
  small_file_not_regular:
    'The {what} “{file}” is a {kind}, not a regular file, so it was not read, to be safe. Choose the actual file.',
  small_file_too_large:
    'The {what} “{file}” is larger than {limit}, far more than such a file holds, so it was not read, to be safe. Check that you chose the right file.',
  small_file_not_text:
    'The {what} “{file}” is not valid UTF-8 text, so it was not read. Save it as UTF-8 text in an editor and try again.',
  small_file_unreadable: 'Could not read the {what} “{file}”. Check its permissions and the disk, then try again.',
  path_not_picked:
    '“{file}” was not chosen in a file dialog; the desktop app reads and writes only files chosen in its dialogs. Choose it with the dialog.',
  path_picked_earlier: '“{file}” was not chosen in a file dialog since the app started. Choose it with the dialog again.',
  path_outside_folder:
    '“{file}” is outside the project folder {folder}; the app reads and writes only inside it. Choose a place in that folder.',
  path_hidden:
    '“{file}” is a hidden file or in a hidden folder; such places hold system settings and the app never uses them. Choose another place.',
  path_folder_missing: 'The folder of “{file}” does not exist. Create the folder first, or choose another place.',
  path_link_outside:
    '“{file}” leads through a link to outside the project folder {folder}; the app does not follow links out of it. Choose the actual file inside the folder.',
  path_symlink_write:
    '“{file}” is a symbolic link; the app never writes through a link, so nothing lands elsewhere. Choose another file name.',
  series_too_large: '“{file}” is far larger than a year of hourly data, so it was not read. Check that you chose the right file.',
  series_empty: '“{file}” is empty. Choose a file with one value per hour of the year.',
  series_columns:
    'Line {row} of “{file}” has {got} columns; the file needs 1 (the value) or 2 (the hour and the value). Remove the other columns and import it again.',
  series_column_count:
    'Line {row} of “{file}” has {got} columns where the lines before it have {expected}. Correct that line and import it again.',
  series_row_count:
    '“{file}” has {got} rows of values; a year of hourly data has {expected}. Correct the file and import it again.',
  series_leap_year: '“{file}” has {got} rows: a leap year. Remove the 24 hours of 29 February and import it again.',
  series_empty_line: 'Line {row} of “{file}” is empty. Remove it or fill in its value, then import again.',
  series_not_a_number: 'Line {row} of “{file}”: the value “{value}” is not a number. Correct it and import again.',
  series_negative:
    'Line {row} of “{file}”: the value {value} is negative; hourly data cannot be below zero. Correct it and import again.',
  series_hour_start:
    'Line {row} of “{file}”: the hour column must start at 0 or 1, not at “{value}”. Correct it and import again.',
  series_hour_not_number: 'Line {row} of “{file}”: the hour “{value}” is not a number. Correct it and import again.',
  series_hour_sequence:
    'Line {row} of “{file}”: hour {hour} is out of order (hour {expected} was expected there). Check for missing or repeated hours and import again.',
  series_all_zero: 'Every value in “{file}” is zero, so it gives no shape. Check that you chose the right file or column.',
  epw_too_few_lines:
    '“{file}” has only {got} lines; an EPW weather file starts with 8 header lines. Check that it is an EPW file.',
  epw_not_epw: '“{file}” is not an EPW weather file: its first line does not start with the location line. Choose an EPW file.',
  epw_location_fields:
    'The location line of “{file}” has {got} fields, fewer than the 10 an EPW file has. Check that the file is complete.',
  epw_location_value:
    'The location line of “{file}” gives the {field} as “{value}”, which is not a valid value. Correct it and import again.',
  epw_row_count:
    '“{file}” has {got} hours of data after its header; a year has {expected}. Correct the file and import it again.',
  epw_fields: 'Line {row} of “{file}” has {got} fields; an EPW data line has at least 22. Check that the file is complete.',
  epw_date:
    'Line {row} of “{file}” is not the hour expected there (month {month}, day {day}, hour {hour}). Check for missing or repeated hours and import again.',
  epw_value_not_number: 'Line {row} of “{file}”: the {field} “{value}” is not a number. Correct it and import again.',
  epw_value_missing:
    'Line {row} of “{file}”: the {field} is marked as missing. Fill in the gap with another tool and import again.',
  epw_value_range: 'Line {row} of “{file}”: the {field} {value} is outside {min} to {max}. Correct it and import again.',
  key_not_readable:
    'The {what} “{file}” does not hold a key in the form this app writes, so it cannot be used. Check that you chose the key file this app made when the keys were created, not another file.',
  key_wrong_type:
    'The {what} “{file}” holds a key of a type this app does not sign with, so it cannot sign or check signatures. Choose a key file made by this app.',
  comment_target_missing:
    'The {anchor} this comment is about is no longer in the plan (it may have just been deleted), so the comment was not added. Choose what it is about again.',
  comment_year_outside:
    'The year {year} is outside the plan’s pathway ({first_year} to {last_year}), so the comment was not added. Choose a year in that range.',
  comment_missing: 'This comment is no longer in the plan (an undo may have removed it), so its status was not changed.',
  report_scenario_missing:
    'A scenario chosen for the report is no longer in the plan (it may have been deleted or renamed), so no report was written. Choose the scenarios again and export.',
  portfolio_input_missing:
    '“{file}” is not in {folder}: the file or folder may have been moved, renamed or deleted. Choose it again.',
  portfolio_folder_unreadable:
    'The files in the folder “{file}” could not be listed: the operating system refused. Check that you may open the folder, then read the files again.',
  portfolio_link_outside:
    '“{file}” is a link to a place outside the folder {folder}; the portfolio reads only the folder’s own files, so it was not read. Copy the project file itself into the folder.',
  portfolio_link_broken:
    '“{file}” is a link to a file that does not exist, so there is nothing to read. Remove the link, or copy the project file itself into the folder.',
  portfolio_run_missing:
    'This portfolio run is no longer kept (the app was restarted, or many runs were made since). Read the files again.',
  portfolio_no_result:
    'The portfolio has no result to export: the run {state}. Wait until it has finished, or read the files again, then export.',
  optimise_run_missing:
    'This optimiser run is no longer kept (the app was restarted, or many runs were made since). Run the optimiser again.',
  optimise_base_missing:
    'The base scenario chosen for the optimiser is no longer in the plan (it may have just been deleted). Choose a base scenario and run again.',
  optimise_target_missing:
    'A target chosen for the optimiser is no longer in the plan (it may have just been deleted). Check the targets to meet and run again.',
  optimise_candidate_missing:
    'A candidate measure of the run is no longer offered for this base scenario (the plan changed after the list was shown). Check the candidate list and run again.',
  optimise_run_other_project:
    'This optimiser run was made for another project, so its answer cannot be added here. Run the optimiser on this project.',
  optimise_no_answer:
    'This optimiser run has no finished answer to add (it is still running, failed or was cancelled). Wait until it has finished, or run it again.',
  optimise_answer_added:
    'The answer of this optimiser run has already been added as a scenario. Find it in the scenario list, or run the optimiser again.',
  optimise_plan_changed:
    'The plan changed after this optimiser run started, so its answer may no longer fit and was not added. Run the optimiser again.',
};

const ZH: Templates = {
  file_missing: '在 {folder} 中找不到“{file}”。该文件可能已被移动、改名或删除；请重新选择。',
  file_not_regular: '“{file}”是文件夹或设备，不是项目文件。请选择项目文件本身。',
  file_wal_pending:
    '“{file}”旁边的日志文件“{wal_file}”中还有尚未写入该文件的修改。请先关闭正在使用这个项目的程序，让修改写入文件；若不需要这些修改，可删除该日志文件。然后再打开。',
  file_too_large:
    '“{file}”中的项目有 {size}，超过了本软件可打开的上限 {limit}。请确认选择的文件无误；如确需打开，请联系管理员调高上限。',
  file_empty: '“{file}”是空文件（0 字节），其中没有任何项目内容。请向发送方重新索取完整的文件。',
  file_not_sqlite: '“{file}”不是项目文件：其内容不是本软件保存的数据库格式。请确认选择的文件无误，或请发送方用本软件重新保存。',
  file_truncated:
    '“{file}”不完整：文件只有 {size}，而按其文件头应有 {expected}。这通常是复制或下载中途中断所致；请重新复制或下载。',
  file_header_damaged: '“{file}”的文件头已损坏，无法读取其内容。请向发送方索取完好的副本。',
  file_wrong_application: '“{file}”是其他程序的数据库，不是本软件的项目文件。请选择由本软件保存的项目文件。',
  file_from_newer_version:
    '“{file}”由更新版本的本软件保存（文件格式第 {file_version} 版，当前版本最高只能读取第 {max_version} 版）。请升级本软件后再打开；文件未被改动。',
  file_no_version: '“{file}”没有有效的格式版本号，并非由本软件写入。请向发送方索取由本软件保存的文件。',
  file_schema_mismatch: '“{file}”的数据表与项目文件应有的结构不符，可能被其他程序改动过。请向发送方索取由本软件直接保存的文件。',
  file_unexpected_object:
    '“{file}”含有项目文件从不包含的数据库对象（如视图或触发器），为安全起见未予打开。请向发送方索取由本软件直接保存的文件。',
  file_damaged: '“{file}”已损坏，完整性检查未通过。请向发送方索取完好的副本，或改用备份。',
  file_plan_invalid: '“{file}”中的规划有 {issues} 处不符合规则，因此无法打开。请发送方在本软件中打开、修正后重新保存。',
  io_folder_missing: '{action}“{file}”失败：文件夹 {folder} 不存在。请确认该文件夹仍在，或另选位置。',
  io_permission_denied: '{action}“{file}”失败：没有访问权限。请检查该文件及其所在文件夹的权限，或另选位置。',
  io_read_only_disk: '{action}“{file}”失败：磁盘为只读。请保存到可写入的磁盘或文件夹。',
  io_disk_full: '{action}“{file}”失败：磁盘已满。请清理出空间后重试。',
  io_is_folder: '{action}“{file}”失败：已有同名的文件夹。请换一个文件名。',
  io_not_a_folder: '{action}“{file}”失败：路径中有一部分不是文件夹。请检查路径。',
  io_failed: '{action}“{file}”失败：操作系统拒绝了此操作。请检查磁盘和权限后重试。',
  file_exists: '“{file}”已存在。请换一个文件名，或选择替换它。',
  locked_by_other:
    '“{file}”正由 {holder}（进程 {pid}）编辑，始于 {since}。您可以查看，但不能修改或保存；如需修改，请另存为副本，或等对方关闭后重新打开。',
  locked_by_newer_version:
    '“{file}”正被更新版本的本软件使用（其锁文件格式较新）。您可以查看；如需修改，请等对方关闭文件，或另存为副本。',
  lock_not_possible:
    '无法在 {folder} 中为“{file}”创建锁文件，因此不能安全地保存到那里。请检查该文件夹是否可写入，或另存到其他位置。',
  open_for_review: '以审阅方式打开：可以为“{file}”添加批注，但不能修改其中的规划。如需修改，请以编辑方式打开，或另存为副本。',
  file_not_writable: '“{file}”或其所在文件夹不可写入，因此以只读方式打开。请检查文件权限，或另存为副本后再编辑。',
  open_here_for_editing: '“{file}”已在本窗口中以编辑方式打开。请先关闭它，再重试。',
  review_plan_changed:
    '您审阅期间，他人修改并保存了“{file}”中的规划。您的批注针对的是修改前的规划，未写入该文件；请将批注另存为副本。',
  not_saved_yet: '此项目尚未保存过。请用“另存为”选择保存位置。',
  revision_conflict: '这项修改基于项目的第 {base_revision} 版，而项目现已是第 {revision} 版，因此未被采用。请重新修改一次。',
  small_file_missing: '{what}“{file}”不存在。请确认文件仍在，或重新选择。',
  small_file_not_regular: '{what}“{file}”是{kind}，不是普通文件，为安全起见未予读取。请选择真正的文件。',
  small_file_too_large: '{what}“{file}”超过 {limit}，远大于此类文件应有的大小，为安全起见未予读取。请确认选择的文件无误。',
  small_file_not_text: '{what}“{file}”的文字编码无法识别，未予读取。请在文本编辑器中将其另存为统一码文本后重试。',
  small_file_unreadable: '无法读取{what}“{file}”。请检查其权限和所在磁盘后重试。',
  path_not_picked: '“{file}”不是在文件对话框中选择的；桌面版只读写在对话框中选择的文件。请用文件对话框选择它。',
  path_picked_earlier: '“{file}”不是本次启动后在文件对话框中选择的。请再用文件对话框选择一次。',
  path_outside_folder: '“{file}”位于项目文件夹 {folder} 之外；本软件只在该文件夹内读写。请在该文件夹内选择位置。',
  path_hidden: '“{file}”是隐藏文件，或位于隐藏文件夹中；这类位置存放系统设置，本软件从不使用。请另选位置。',
  path_folder_missing: '“{file}”所在的文件夹不存在。请先创建该文件夹，或另选位置。',
  path_link_outside: '“{file}”经链接指向项目文件夹 {folder} 之外；本软件不会经链接读写文件夹外的文件。请选择文件夹内的真实文件。',
  path_symlink_write: '“{file}”是符号链接；为免写到别处，本软件从不经链接写入。请换一个文件名。',
  series_too_large: '“{file}”远大于一年逐时数据应有的大小，未予读取。请确认选择的文件无误。',
  series_empty: '“{file}”是空文件。请选择每小时一个数值的文件。',
  series_columns: '“{file}”第 {row} 行有 {got} 列；文件只能有 1 列（数值）或 2 列（小时和数值）。请删去多余的列后重新导入。',
  series_column_count: '“{file}”第 {row} 行有 {got} 列，而前面各行有 {expected} 列。请修正该行后重新导入。',
  series_row_count: '“{file}”有 {got} 行数值，而一年的逐时数据应有 {expected} 行。请修正文件后重新导入。',
  series_leap_year: '“{file}”有 {got} 行，是闰年的数据。请删去 2 月 29 日的 24 个小时后重新导入。',
  series_empty_line: '“{file}”第 {row} 行是空行。请删去该行或补上数值后重新导入。',
  series_not_a_number: '“{file}”第 {row} 行：数值“{value}”不是数字。请修正后重新导入。',
  series_negative: '“{file}”第 {row} 行：数值 {value} 为负；逐时数据不能小于零。请修正后重新导入。',
  series_hour_start: '“{file}”第 {row} 行：小时列应从 0 或 1 开始，而不是“{value}”。请修正后重新导入。',
  series_hour_not_number: '“{file}”第 {row} 行：小时“{value}”不是数字。请修正后重新导入。',
  series_hour_sequence:
    '“{file}”第 {row} 行：小时 {hour} 顺序不对（此处应为 {expected}）。请检查是否有缺失或重复的小时，然后重新导入。',
  series_all_zero: '“{file}”中的数值全部为零，无法给出逐时变化。请确认选择的文件或列无误。',
  epw_too_few_lines: '“{file}”只有 {got} 行；气象文件开头应有 8 行文件头。请确认这是标准格式的逐时气象文件。',
  epw_not_epw: '“{file}”不是标准格式的逐时气象文件：第一行不是站点信息行。请选择正确的气象文件。',
  epw_location_fields: '“{file}”的站点信息行只有 {got} 项，少于应有的 10 项。请确认文件完整。',
  epw_location_value: '“{file}”站点信息行中的{field}为“{value}”，不是有效的数值。请修正后重新导入。',
  epw_row_count: '“{file}”文件头之后有 {got} 个小时的数据，而一年应有 {expected} 个小时。请修正文件后重新导入。',
  epw_fields: '“{file}”第 {row} 行有 {got} 项，而气象数据行至少应有 22 项。请确认文件完整。',
  epw_date:
    '“{file}”第 {row} 行不是此处应有的时刻（{month} 月 {day} 日第 {hour} 小时）。请检查是否有缺失或重复的小时，然后重新导入。',
  epw_value_not_number: '“{file}”第 {row} 行：{field}“{value}”不是数字。请修正后重新导入。',
  epw_value_missing: '“{file}”第 {row} 行：{field}标记为缺测。请先用其他工具补齐后重新导入。',
  epw_value_range: '“{file}”第 {row} 行：{field} {value} 超出 {min} 至 {max} 的范围。请修正后重新导入。',
  key_not_readable:
    '{what}“{file}”中没有本软件可用的密钥，无法使用。请确认选择的是本软件生成密钥时写出的密钥文件，而不是其他文件。',
  key_wrong_type: '{what}“{file}”中的密钥不是本软件签名所用的类型，不能用于签名或核验签名。请选择由本软件生成的密钥文件。',
  comment_target_missing: '这条意见针对的{anchor}已不在规划中（可能刚被删除），因此意见未添加。请重新选择意见针对的对象。',
  comment_year_outside: '{year} 年不在规划期（{first_year} 年至 {last_year} 年）之内，因此意见未添加。请选择该范围内的年份。',
  comment_missing: '这条意见已不在规划中（可能已被撤销），因此其状态未更改。',
  report_scenario_missing: '为报告选择的情景中有一个已不在规划中（可能已被删除或改名），因此未写出报告。请重新选择情景后再导出。',
  portfolio_input_missing: '在 {folder} 中找不到“{file}”：该文件或文件夹可能已被移动、改名或删除。请重新选择。',
  portfolio_folder_unreadable: '无法列出文件夹“{file}”中的文件：操作系统拒绝了此操作。请确认您有权打开该文件夹，然后重新读取。',
  portfolio_link_outside:
    '“{file}”是指向文件夹 {folder} 之外的链接；园区总览只读取该文件夹自身的文件，因此未予读取。请将项目文件本身复制到该文件夹中。',
  portfolio_link_broken: '“{file}”是指向不存在文件的链接，没有可读取的内容。请删除该链接，或将项目文件本身复制到该文件夹中。',
  portfolio_run_missing: '本软件已不再保留这次园区总览的运行（期间软件重启过，或之后又运行了多次）。请重新读取并计算。',
  portfolio_no_result: '园区总览没有可导出的结果：本次运行{state}。请等运行完成，或重新读取并计算后再导出。',
  optimise_run_missing: '本软件已不再保留这次优化运行（期间软件重启过，或之后又运行了多次）。请重新运行优化。',
  optimise_base_missing: '为优化选择的基准情景已不在规划中（可能刚被删除）。请重新选择基准情景后再运行。',
  optimise_target_missing: '为优化选择的目标中有一个已不在规划中（可能刚被删除）。请重新勾选需满足的目标后再运行。',
  optimise_candidate_missing:
    '本次运行中的某项候选措施已不再适用于该基准情景（列表显示后规划有所改动）。请核对候选措施列表后再运行。',
  optimise_run_other_project: '这次优化运行针对的是另一个项目，其结果不能添加到这里。请在本项目中运行优化。',
  optimise_no_answer: '这次优化运行还没有可添加的结果（仍在进行、未能完成或已取消）。请等运行完成，或重新运行。',
  optimise_answer_added: '这次优化运行的结果已添加为情景。请在情景列表中查看，或重新运行优化。',
  optimise_plan_changed: '本次优化运行开始后规划已被修改，结果可能不再适用，因此未添加。请重新运行优化。',
};

/** The words of `choice` params, per param name and value. */
type Words = Record<string, Record<string, string>>;

const EN_WORDS: Words = {
  action: { open: 'open', read: 'read', copy: 'copy', write: 'write' },
  what: {
    'series file': 'hourly data file',
    'public key': 'public key file',
    'private key': 'private key file',
    'signature file': 'signature file',
    'plan JSON': 'plan file',
    'lock file': 'lock file',
  },
  kind: { folder: 'folder', pipe: 'named pipe', device: 'device', socket: 'socket', other: 'special file' },
  field: {
    latitude: 'latitude',
    longitude: 'longitude',
    'time zone': 'time zone',
    elevation: 'elevation',
    'dry-bulb temperature': 'dry-bulb temperature',
    'global horizontal radiation': 'global horizontal radiation',
    'direct normal radiation': 'direct normal radiation',
    'diffuse horizontal radiation': 'diffuse horizontal radiation',
    'wind speed': 'wind speed',
  },
  anchor: { consumer: 'enterprise', scenario: 'scenario', measure: 'measure', target: 'target' },
  state: { running: 'is still running', failed: 'failed', cancelled: 'was cancelled' },
};

const ZH_WORDS: Words = {
  action: { open: '打开', read: '读取', copy: '复制', write: '写入' },
  what: {
    'series file': '逐时数据文件',
    'public key': '公钥文件',
    'private key': '私钥文件',
    'signature file': '签名文件',
    'plan JSON': '规划文件',
    'lock file': '锁文件',
  },
  kind: { folder: '文件夹', pipe: '命名管道', device: '设备', socket: '套接字', other: '特殊文件' },
  field: {
    latitude: '纬度',
    longitude: '经度',
    'time zone': '时区',
    elevation: '海拔',
    'dry-bulb temperature': '干球温度',
    'global horizontal radiation': '水平面总辐射',
    'direct normal radiation': '法向直接辐射',
    'diffuse horizontal radiation': '水平面散射辐射',
    'wind speed': '风速',
  },
  anchor: { consumer: '企业', scenario: '情景', measure: '措施', target: '目标' },
  state: { running: '仍在进行', failed: '未能完成', cancelled: '已取消' },
};

/** The templates and words of a language, for tests and tools that list them. */
export const ERROR_TEXT: Record<Lang, { templates: Templates; words: Words }> = {
  en: { templates: EN, words: EN_WORDS },
  zh: { templates: ZH, words: ZH_WORDS },
};

export { placeholdersOf } from './fill-template.ts';

function formatParam(key: string, name: string, params: ErrorReason['params'], loc: ErrorTextLocale): string | null {
  const spec = reasonParamSpec(key, name);
  const value = params[name];
  if (spec === null || value === undefined) return null;
  switch (spec.kind) {
    case 'count':
      return typeof value === 'number' && Number.isFinite(value) ? loc.count(value) : null;
    case 'id':
      return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : null;
    case 'bytes':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? loc.bytes(value) : null;
    case 'time':
      return typeof value === 'string' ? loc.time(value) : null;
    case 'choice': {
      if (typeof value !== 'string' || !spec.values.includes(value)) return null;
      return ERROR_TEXT[loc.lang].words[name]?.[value] ?? null;
    }
    default:
      return typeof value === 'string' && value !== '' ? value : null;
  }
}

/** The reason as a sentence of `loc.lang`, or null when it cannot be said exactly (see the file comment). */
export function errorReasonText(reason: ErrorReason | undefined, loc: ErrorTextLocale): string | null {
  if (reason === undefined || !Object.hasOwn(ERROR_REASONS, reason.key)) return null;
  const template = ERROR_TEXT[loc.lang].templates[reason.key as ReasonKey];
  return fillTemplate(template, (name) => formatParam(reason.key, name, reason.params, loc));
}

/**
 * A locale from the standard Intl formats (`tag`: "zh-CN", "en-US"): what the app and the
 * command line use. Sizes are in binary units (1 MB = 1024 × 1024 bytes), as file managers show them.
 */
export function intlErrorTextLocale(lang: Lang, tag: string = lang === 'zh' ? 'zh-CN' : 'en-US'): ErrorTextLocale {
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    lang,
    count: (v) => whole.format(v),
    bytes: (v) => {
      if (v < 1024) return lang === 'zh' ? `${whole.format(v)} 字节` : `${whole.format(v)} bytes`;
      const units = ['KB', 'MB', 'GB', 'TB'];
      let size = v / 1024;
      let unit = 0;
      while (size >= 1024 && unit < units.length - 1) {
        size /= 1024;
        unit += 1;
      }
      return `${oneDecimal.format(size)} ${units[unit]}`;
    },
    time: (iso) => {
      const t = Date.parse(iso);
      return Number.isNaN(t) ? null : dateTime.format(new Date(t));
    },
  };
}

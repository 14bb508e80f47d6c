-- The municipalities the platform knows: organizers pick their Kommune from it, administrators add to it.

create table municipality (
    ags        char(8)     primary key check (ags ~ '^(0[1-9]|1[0-6])[0-9]{6}$'),
    name       text        not null check (length(name) between 1 and 200),
    district   text        check (length(district) <= 200),
    state      text        not null,
    created_at timestamptz not null default now()
);
create index municipality_by_name on municipality (lower(name));

-- Every municipality that events already name, under the name most of them give it.
insert into municipality (ags, name, state)
select ags,
       name,
       case left(ags, 2)
           when '01' then 'SCHLESWIG_HOLSTEIN'
           when '02' then 'HAMBURG'
           when '03' then 'NIEDERSACHSEN'
           when '04' then 'BREMEN'
           when '05' then 'NORDRHEIN_WESTFALEN'
           when '06' then 'HESSEN'
           when '07' then 'RHEINLAND_PFALZ'
           when '08' then 'BADEN_WUERTTEMBERG'
           when '09' then 'BAYERN'
           when '10' then 'SAARLAND'
           when '11' then 'BERLIN'
           when '12' then 'BRANDENBURG'
           when '13' then 'MECKLENBURG_VORPOMMERN'
           when '14' then 'SACHSEN'
           when '15' then 'SACHSEN_ANHALT'
           when '16' then 'THUERINGEN'
       end
  from (select municipality_ags as ags,
               municipality_name as name,
               row_number() over (partition by municipality_ags
                                  order by count(*) desc, municipality_name) as rank
          from event
         where municipality_ags is not null
           and municipality_name is not null
         group by municipality_ags, municipality_name) named
 where rank = 1
   and left(ags, 2) between '01' and '16';
